package com.example.platform.model;

/** What a stored secret is for; stored by name. */
public enum CredentialType {
    LLM_PROVIDER, TELEGRAM, GIT, TOOL
}
