/**
 * Saved queries: named searches kept in a YAML file people edit by hand ("Press freedom", "Yemen accountability"),
 * which {@code search}, {@code export}, {@code watch} and {@code report} accept by name.
 */
package org.hrcmonitor.index.queries;
