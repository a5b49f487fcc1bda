/**
 * Converters that turn peer projects' production dictionaries into Caspian's own data files: the
 * PETRARCH-2 CAMEO verb dictionary ({@code CAMEO.2.0.txt}) into verb patterns and irregular verb
 * forms, and the Phoenix actor and agent dictionaries into actor tables. The output is committed
 * under the analysis resources with the MIT notice of its source; {@link
 * org.caspian.analysis.lexicon.convert.ConvertDictionaries} regenerates it. Nothing here runs when
 * Caspian analyses text.
 */
package org.caspian.analysis.lexicon.convert;
