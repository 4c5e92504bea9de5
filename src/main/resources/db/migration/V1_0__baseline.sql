-- Flyway version ranges by module: V1_x shared, V2_x identity, V3_x orders, V4_x amounts,
-- V5_x policy, V6_x aftersale, V7_x deadlines, V8_x payments, V9_x ledger.
CREATE TABLE redress_info (
    name  VARCHAR(64) PRIMARY KEY,
    info  VARCHAR(255) NOT NULL
);
INSERT INTO redress_info (name, info) VALUES ('schema', 'redress');
