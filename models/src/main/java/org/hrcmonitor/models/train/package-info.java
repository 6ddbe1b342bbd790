/**
 * Training the Dutch models from the UD treebanks ({@code hrc models train}): which data (DutchCorpus), fixed
 * parameters (TrainingSettings), the run itself (DutchModelTrainer) and the manifest it leaves next to the models.
 */
package org.hrcmonitor.models.train;
