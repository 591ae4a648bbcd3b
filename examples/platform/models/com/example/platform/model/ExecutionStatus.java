package com.example.platform.model;

/** The states of a run; stored by name, and the CHECK on execution_logs.status lists the same names. */
public enum ExecutionStatus {
    PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED
}
