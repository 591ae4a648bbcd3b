-- A clinic: patients, staff, appointments, prescriptions, billing.
CREATE TYPE appointment_state AS ENUM ('booked', 'arrived', 'done', 'no_show');
CREATE TABLE patients (id serial PRIMARY KEY, mrn varchar(20) NOT NULL UNIQUE, full_name text NOT NULL, born date NOT NULL,
    phone text);
COMMENT ON TABLE patients IS 'Everyone with a medical record here';
CREATE TABLE staff (id serial PRIMARY KEY, full_name text NOT NULL, role text NOT NULL CHECK (role IN ('doctor', 'nurse', 'clerk')));
CREATE TABLE departments (id serial PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE staff_departments (staff_id integer NOT NULL REFERENCES staff (id), department_id integer NOT NULL
    REFERENCES departments (id), PRIMARY KEY (staff_id, department_id));
CREATE TABLE rooms (id serial PRIMARY KEY, department_id integer NOT NULL REFERENCES departments (id), code varchar(10) NOT NULL UNIQUE);
CREATE TABLE appointments (id bigserial PRIMARY KEY, patient_id integer NOT NULL REFERENCES patients (id), staff_id integer NOT NULL
    REFERENCES staff (id), room_id integer REFERENCES rooms (id), starts_at timestamp NOT NULL, minutes integer NOT NULL DEFAULT 15,
    state appointment_state NOT NULL DEFAULT 'booked');
CREATE INDEX ix_appointments_staff_day ON appointments (staff_id, starts_at) INCLUDE (minutes);
CREATE TABLE visits (id bigserial PRIMARY KEY, appointment_id bigint NOT NULL UNIQUE REFERENCES appointments (id), notes text);
CREATE TABLE diagnoses (id serial PRIMARY KEY, code varchar(10) NOT NULL UNIQUE, title text NOT NULL);
CREATE TABLE visit_diagnoses (visit_id bigint NOT NULL REFERENCES visits (id) ON DELETE CASCADE, diagnosis_id integer NOT NULL
    REFERENCES diagnoses (id), PRIMARY KEY (visit_id, diagnosis_id));
CREATE TABLE medicines (id serial PRIMARY KEY, name text NOT NULL, strength varchar(30));
CREATE UNIQUE INDEX ux_medicines_name ON medicines (lower(name), strength) NULLS NOT DISTINCT;
CREATE TABLE prescriptions (id bigserial PRIMARY KEY, visit_id bigint NOT NULL REFERENCES visits (id), medicine_id integer NOT NULL
    REFERENCES medicines (id), dose text NOT NULL, days integer NOT NULL CHECK (days > 0));
CREATE TABLE allergies (patient_id integer NOT NULL REFERENCES patients (id) ON DELETE CASCADE, substance text NOT NULL,
    PRIMARY KEY (patient_id, substance) DEFERRABLE);
CREATE TABLE insurers (id serial PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE policies (id serial PRIMARY KEY, patient_id integer NOT NULL REFERENCES patients (id), insurer_id integer NOT NULL
    REFERENCES insurers (id), number varchar(40) NOT NULL, valid_until date,
    CONSTRAINT uq_policies_number UNIQUE (insurer_id, number) DEFERRABLE INITIALLY DEFERRED);
-- A referral names a doctor within a department, both or neither; renumbering rotas defers the check to commit.
CREATE TABLE referrals (id serial PRIMARY KEY, patient_id integer NOT NULL REFERENCES patients (id), staff_id integer,
    department_id integer, FOREIGN KEY (staff_id, department_id) REFERENCES staff_departments (staff_id, department_id)
    MATCH FULL ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE invoices (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, visit_id bigint NOT NULL REFERENCES visits (id),
    net numeric(10, 2) NOT NULL, tax numeric(10, 2) NOT NULL DEFAULT 0,
    gross numeric(10, 2) GENERATED ALWAYS AS (net + tax) STORED);
COMMENT ON COLUMN invoices.gross IS 'Computed by the database';
CREATE TABLE invoice_payments (id bigserial PRIMARY KEY, invoice_id bigint NOT NULL REFERENCES invoices (id), paid numeric(10, 2) NOT NULL,
    paid_on date NOT NULL DEFAULT CURRENT_DATE);
