package com.precog.application.config;

/** Where an effective setting came from, strongest first. */
public enum ConfigSource {
    OVERRIDE,
    YAML,
    DEFAULT
}
