/**
 * Document tone from hand-written polarity lexicons, in the manner of GDELT: the share of positive
 * words minus the share of negative words, with a simple negation rule ("not friendly" counts as
 * negative).
 */
package org.caspian.analysis.tone;
