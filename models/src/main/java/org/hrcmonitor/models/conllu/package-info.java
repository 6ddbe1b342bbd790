/**
 * Reading Universal Dependencies CoNLL-U treebank files into small immutable records, the one input
 * format of the Dutch model training and evaluation.
 */
package org.hrcmonitor.models.conllu;
