-- Where the buyer sends the goods of a return or exchange: given by the seller on agreeing, or the system
-- address when the seller let the answer time run out (DOMAIN §3.3).
ALTER TABLE after_sale_case ADD COLUMN return_address VARCHAR(500);
ALTER TABLE after_sale_case ADD COLUMN return_address_by_system BOOLEAN;
ALTER TABLE after_sale_case ADD CONSTRAINT after_sale_case_return_address
    CHECK ((return_address IS NULL) = (return_address_by_system IS NULL));
CREATE INDEX after_sale_case_shop_address ON after_sale_case (shop_id, return_address_by_system, updated_at);
