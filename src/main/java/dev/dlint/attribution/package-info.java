/**
 * Which Dockerfile instruction made each layer of an image: from a BuildKit provenance attestation when the image
 * carries one (exact), otherwise by aligning the image config's history with the instructions of the target stage and
 * the stages it is built on ({@link dev.dlint.attribution.HistoryMatcher}), tolerant of the forms the builders write
 * ({@link dev.dlint.attribution.HistoryStep}). Layers inherited from the base image map to its FROM line.
 */
package dev.dlint.attribution;
