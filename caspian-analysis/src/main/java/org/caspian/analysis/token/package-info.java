/** Token boundaries: a fast rule tokenizer that works for every script we support. */
package org.caspian.analysis.token;
