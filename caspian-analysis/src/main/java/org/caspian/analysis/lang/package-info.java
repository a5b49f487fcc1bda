/** Language identification: a Unicode-script check, then Lingua limited to our languages. */
package org.caspian.analysis.lang;
