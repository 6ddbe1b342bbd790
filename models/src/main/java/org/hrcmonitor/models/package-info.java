/**
 * Language models: which language a text is in, and (per language) the OpenNLP models the pipeline runs.
 * Nothing here reads documents or knows about the index.
 */
package org.hrcmonitor.models;
