-- A clinic on MariaDB.
CREATE TABLE patients (id INT AUTO_INCREMENT PRIMARY KEY, mrn VARCHAR(20) NOT NULL UNIQUE, full_name VARCHAR(100) NOT NULL,
    born DATE NOT NULL, phone VARCHAR(30)) COMMENT='Everyone with a medical record here';
CREATE TABLE staff (id INT AUTO_INCREMENT PRIMARY KEY, full_name VARCHAR(100) NOT NULL, role VARCHAR(30) NOT NULL,
    CONSTRAINT ck_staff_role CHECK (role IN ('doctor', 'nurse', 'clerk')));
CREATE TABLE departments (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL UNIQUE);
CREATE TABLE staff_departments (staff_id INT NOT NULL, department_id INT NOT NULL, PRIMARY KEY (staff_id, department_id),
    CONSTRAINT fk_sd_staff FOREIGN KEY (staff_id) REFERENCES staff (id), CONSTRAINT fk_sd_dept FOREIGN KEY (department_id) REFERENCES departments (id));
CREATE TABLE rooms (id INT AUTO_INCREMENT PRIMARY KEY, department_id INT NOT NULL, code VARCHAR(10) NOT NULL UNIQUE,
    CONSTRAINT fk_rooms_dept FOREIGN KEY (department_id) REFERENCES departments (id));
CREATE TABLE appointments (id BIGINT AUTO_INCREMENT PRIMARY KEY, patient_id INT NOT NULL, staff_id INT NOT NULL, room_id INT,
    starts_at DATETIME NOT NULL, minutes INT NOT NULL DEFAULT 15, state VARCHAR(10) NOT NULL DEFAULT 'booked',
    CONSTRAINT fk_app_patient FOREIGN KEY (patient_id) REFERENCES patients (id),
    CONSTRAINT fk_app_staff FOREIGN KEY (staff_id) REFERENCES staff (id), CONSTRAINT fk_app_room FOREIGN KEY (room_id) REFERENCES rooms (id));
CREATE INDEX ix_app_staff_day ON appointments (staff_id, starts_at);
CREATE TABLE visits (id BIGINT AUTO_INCREMENT PRIMARY KEY, appointment_id BIGINT NOT NULL UNIQUE, notes TEXT,
    CONSTRAINT fk_visits_app FOREIGN KEY (appointment_id) REFERENCES appointments (id));
CREATE TABLE diagnoses (id INT AUTO_INCREMENT PRIMARY KEY, code VARCHAR(10) NOT NULL UNIQUE, title VARCHAR(200) NOT NULL,
    FULLTEXT KEY ft_diagnoses (title));
CREATE TABLE visit_diagnoses (visit_id BIGINT NOT NULL, diagnosis_id INT NOT NULL, PRIMARY KEY (visit_id, diagnosis_id),
    CONSTRAINT fk_vd_visit FOREIGN KEY (visit_id) REFERENCES visits (id) ON DELETE CASCADE,
    CONSTRAINT fk_vd_diag FOREIGN KEY (diagnosis_id) REFERENCES diagnoses (id));
CREATE TABLE medicines (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) COLLATE utf8mb4_unicode_520_ci NOT NULL, strength VARCHAR(30));
CREATE TABLE prescriptions (id BIGINT AUTO_INCREMENT PRIMARY KEY, visit_id BIGINT NOT NULL, medicine_id INT NOT NULL,
    dose VARCHAR(100) NOT NULL, days INT NOT NULL, CONSTRAINT fk_rx_visit FOREIGN KEY (visit_id) REFERENCES visits (id),
    CONSTRAINT fk_rx_medicine FOREIGN KEY (medicine_id) REFERENCES medicines (id));
CREATE TABLE allergies (patient_id INT NOT NULL, substance VARCHAR(100) NOT NULL, PRIMARY KEY (patient_id, substance),
    CONSTRAINT fk_allergies_patient FOREIGN KEY (patient_id) REFERENCES patients (id) ON DELETE CASCADE);
CREATE TABLE insurers (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL UNIQUE);
CREATE TABLE policies (id INT AUTO_INCREMENT PRIMARY KEY, patient_id INT NOT NULL, insurer_id INT NOT NULL, number VARCHAR(40) NOT NULL,
    valid_until DATE, CONSTRAINT fk_pol_patient FOREIGN KEY (patient_id) REFERENCES patients (id),
    CONSTRAINT fk_pol_insurer FOREIGN KEY (insurer_id) REFERENCES insurers (id));
CREATE TABLE invoices (id BIGINT AUTO_INCREMENT PRIMARY KEY, visit_id BIGINT NOT NULL, net DECIMAL(10, 2) NOT NULL,
    tax DECIMAL(10, 2) NOT NULL DEFAULT 0, gross DECIMAL(10, 2) AS (net + tax) PERSISTENT COMMENT 'computed by the database',
    CONSTRAINT fk_invoices_visit FOREIGN KEY (visit_id) REFERENCES visits (id));
CREATE TABLE invoice_payments (id BIGINT AUTO_INCREMENT PRIMARY KEY, invoice_id BIGINT NOT NULL, paid DECIMAL(10, 2) NOT NULL,
    paid_on DATE NOT NULL, CONSTRAINT fk_ip_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id));
