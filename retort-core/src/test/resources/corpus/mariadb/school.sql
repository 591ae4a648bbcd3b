-- A school on MariaDB.
CREATE TABLE students (id INT AUTO_INCREMENT PRIMARY KEY, number VARCHAR(12) NOT NULL UNIQUE,
    full_name VARCHAR(100) COLLATE utf8mb4_unicode_520_ci NOT NULL, email VARCHAR(200), enrolled_on DATE NOT NULL,
    FULLTEXT KEY ft_students (full_name));
CREATE TABLE guardians (id INT AUTO_INCREMENT PRIMARY KEY, full_name VARCHAR(100) NOT NULL, phone VARCHAR(30));
CREATE TABLE student_guardians (student_id INT NOT NULL, guardian_id INT NOT NULL, relation VARCHAR(20),
    PRIMARY KEY (student_id, guardian_id), CONSTRAINT fk_sg_student FOREIGN KEY (student_id) REFERENCES students (id) ON DELETE CASCADE,
    CONSTRAINT fk_sg_guardian FOREIGN KEY (guardian_id) REFERENCES guardians (id));
CREATE TABLE teachers (id INT AUTO_INCREMENT PRIMARY KEY, full_name VARCHAR(100) NOT NULL, email VARCHAR(200) NOT NULL UNIQUE);
CREATE TABLE subjects (id INT AUTO_INCREMENT PRIMARY KEY, code VARCHAR(10) NOT NULL UNIQUE, title VARCHAR(100) NOT NULL);
CREATE TABLE courses (id INT AUTO_INCREMENT PRIMARY KEY, subject_id INT NOT NULL, teacher_id INT, year INT NOT NULL,
    term VARCHAR(10) NOT NULL, capacity INT NOT NULL DEFAULT 30, CONSTRAINT fk_courses_subject FOREIGN KEY (subject_id) REFERENCES subjects (id),
    CONSTRAINT fk_courses_teacher FOREIGN KEY (teacher_id) REFERENCES teachers (id) ON DELETE SET NULL);
CREATE TABLE enrolments (student_id INT NOT NULL, course_id INT NOT NULL, enrolled_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (student_id, course_id), CONSTRAINT fk_enr_student FOREIGN KEY (student_id) REFERENCES students (id),
    CONSTRAINT fk_enr_course FOREIGN KEY (course_id) REFERENCES courses (id));
CREATE TABLE assessments (id INT AUTO_INCREMENT PRIMARY KEY, course_id INT NOT NULL, title VARCHAR(100) NOT NULL,
    weight DECIMAL(4, 2) NOT NULL, CONSTRAINT fk_assess_course FOREIGN KEY (course_id) REFERENCES courses (id) ON DELETE CASCADE);
CREATE TABLE grades (assessment_id INT NOT NULL, student_id INT NOT NULL, score DECIMAL(5, 2) NOT NULL,
    percent INT AS (ROUND(score)) VIRTUAL, PRIMARY KEY (assessment_id, student_id),
    CONSTRAINT fk_grades_assess FOREIGN KEY (assessment_id) REFERENCES assessments (id) ON DELETE CASCADE,
    CONSTRAINT fk_grades_student FOREIGN KEY (student_id) REFERENCES students (id));
CREATE TABLE rooms (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20) NOT NULL UNIQUE, seats INT NOT NULL);
CREATE TABLE timetable (id INT AUTO_INCREMENT PRIMARY KEY, course_id INT NOT NULL, room_id INT NOT NULL, weekday TINYINT NOT NULL,
    starts TIME NOT NULL, ends TIME NOT NULL, CONSTRAINT fk_tt_course FOREIGN KEY (course_id) REFERENCES courses (id) ON DELETE CASCADE,
    CONSTRAINT fk_tt_room FOREIGN KEY (room_id) REFERENCES rooms (id));
CREATE TABLE absences (student_id INT NOT NULL, day DATE NOT NULL, reason VARCHAR(200), PRIMARY KEY (student_id, day),
    CONSTRAINT fk_abs_student FOREIGN KEY (student_id) REFERENCES students (id));
CREATE TABLE books (id INT AUTO_INCREMENT PRIMARY KEY, isbn VARCHAR(13) UNIQUE, title VARCHAR(200) NOT NULL, copies INT NOT NULL DEFAULT 1);
CREATE TABLE loans (id INT AUTO_INCREMENT PRIMARY KEY, book_id INT NOT NULL, student_id INT NOT NULL, lent_on DATE NOT NULL,
    returned_on DATE, CONSTRAINT fk_loans_book FOREIGN KEY (book_id) REFERENCES books (id),
    CONSTRAINT fk_loans_student FOREIGN KEY (student_id) REFERENCES students (id)) COMMENT='Library loans';
CREATE TABLE clubs (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL UNIQUE);
CREATE TABLE club_members (club_id INT NOT NULL, student_id INT NOT NULL, PRIMARY KEY (club_id, student_id),
    CONSTRAINT fk_cm_club FOREIGN KEY (club_id) REFERENCES clubs (id) ON DELETE CASCADE,
    CONSTRAINT fk_cm_student FOREIGN KEY (student_id) REFERENCES students (id) ON DELETE CASCADE);
