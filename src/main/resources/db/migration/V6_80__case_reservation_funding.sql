-- What the platform bears of each reserved line (negative: it takes its subsidy or points back), carried from the
-- quote's per-line funding, and the quote each case's reservation was taken from (JSON), so that the refund
-- decision freezes funding and explanation instead of computing them again.
ALTER TABLE after_sale_case_reservation ADD COLUMN platform_subsidy BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE after_sale_case_reservation ADD COLUMN platform_points BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE after_sale_case_quote (
    case_id VARCHAR(64) PRIMARY KEY REFERENCES after_sale_case (case_id),
    quote   TEXT        NOT NULL
);
