package org.hrcmonitor.cli;

/** Output formats: a table for people, JSON and CSV for programs. Each command says which it supports. */
public enum Format {
    text, json, csv
}
