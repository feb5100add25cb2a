-- Every fit of the value models, so reports use the last one without refitting.
-- Parameters as "name=value" pairs joined by ';' (values in Java's shortest round-trip form).
CREATE TABLE fitted_model (
    seq             INTEGER      NOT NULL PRIMARY KEY,
    kind            VARCHAR(32)  NOT NULL,
    parameters      VARCHAR(2000) NOT NULL,
    log_likelihood  DOUBLE       NOT NULL,
    calibration_end VARCHAR(10)  NOT NULL,
    time_unit       VARCHAR(8)   NOT NULL,
    customers       BIGINT       NOT NULL,
    fitted_at_ms    BIGINT       NOT NULL,
    converged       BOOLEAN      NOT NULL,
    evaluations     INTEGER      NOT NULL
);
CREATE INDEX fitted_model_latest ON fitted_model (kind, fitted_at_ms);
