package org.hrcmonitor.cli;

/**
 * Output formats: a table for people, JSON and CSV for programs, Markdown and HTML for reports. Each command says
 * which it supports.
 */
public enum Format {
    text, json, csv, md, html
}
