-- Each download of a case dossier: who took which format in which language, of the case at which version, and the
-- SHA-256 of the file handed out. Shown on the case's timeline; never changed.
CREATE TABLE dossier_download (
    download_id   VARCHAR(64)  PRIMARY KEY,
    case_id       VARCHAR(100) NOT NULL,
    case_version  BIGINT       NOT NULL,
    username      VARCHAR(100) NOT NULL,
    party         VARCHAR(16)  NOT NULL,
    format        VARCHAR(8)   NOT NULL,
    lang          VARCHAR(16)  NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    downloaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX dossier_download_case ON dossier_download (case_id, downloaded_at);
