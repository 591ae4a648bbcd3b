-- A school: students, courses, enrolment, grades, timetable, library.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TYPE term AS ENUM ('autumn', 'spring', 'summer');
CREATE TABLE students (id serial PRIMARY KEY, number varchar(12) NOT NULL UNIQUE, full_name text NOT NULL, email text,
    enrolled_on date NOT NULL DEFAULT CURRENT_DATE);
CREATE INDEX ix_students_name ON students USING gist (full_name gist_trgm_ops);
CREATE TABLE guardians (id serial PRIMARY KEY, full_name text NOT NULL, phone text);
CREATE TABLE student_guardians (student_id integer NOT NULL REFERENCES students (id) ON DELETE CASCADE, guardian_id integer NOT NULL
    REFERENCES guardians (id), relation varchar(20), PRIMARY KEY (student_id, guardian_id));
CREATE TABLE teachers (id serial PRIMARY KEY, full_name text NOT NULL, email text NOT NULL UNIQUE);
CREATE TABLE subjects (id serial PRIMARY KEY, code varchar(10) NOT NULL UNIQUE, title text NOT NULL);
CREATE TABLE courses (id serial PRIMARY KEY, subject_id integer NOT NULL REFERENCES subjects (id), teacher_id integer
    REFERENCES teachers (id) ON DELETE SET NULL, year integer NOT NULL, term term NOT NULL, capacity integer NOT NULL DEFAULT 30);
CREATE TABLE enrolments (student_id integer NOT NULL REFERENCES students (id), course_id integer NOT NULL REFERENCES courses (id),
    enrolled_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (student_id, course_id));
CREATE TABLE assessments (id serial PRIMARY KEY, course_id integer NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    title text NOT NULL, weight numeric(4, 2) NOT NULL CHECK (weight > 0 AND weight <= 1));
CREATE TABLE grades (assessment_id integer NOT NULL REFERENCES assessments (id) ON DELETE CASCADE, student_id integer NOT NULL
    REFERENCES students (id), score numeric(5, 2) NOT NULL, PRIMARY KEY (assessment_id, student_id));
CREATE TABLE rooms (id serial PRIMARY KEY, name varchar(20) NOT NULL UNIQUE, seats integer NOT NULL);
CREATE TABLE timetable (id serial PRIMARY KEY, course_id integer NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    room_id integer NOT NULL REFERENCES rooms (id), weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts time NOT NULL, ends time NOT NULL);
CREATE INDEX ix_timetable_room ON timetable (room_id, weekday, starts);
CREATE TABLE absences (student_id integer NOT NULL REFERENCES students (id), day date NOT NULL, reason text,
    PRIMARY KEY (student_id, day));
CREATE TABLE books (id serial PRIMARY KEY, isbn varchar(13) UNIQUE, title text NOT NULL, copies integer NOT NULL DEFAULT 1);
CREATE TABLE loans (id serial PRIMARY KEY, book_id integer NOT NULL REFERENCES books (id), student_id integer NOT NULL
    REFERENCES students (id), lent_on date NOT NULL, returned_on date);
COMMENT ON TABLE loans IS 'Library loans';
CREATE TABLE clubs (id serial PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE club_members (club_id integer NOT NULL REFERENCES clubs (id) ON DELETE CASCADE, student_id integer NOT NULL
    REFERENCES students (id) ON DELETE CASCADE, PRIMARY KEY (club_id, student_id));
