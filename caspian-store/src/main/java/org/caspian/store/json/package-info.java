/**
 * The public JSON form of an analysed article, as printed by {@code caspian analyze} and stored in
 * the index. Field names are a contract with users' scripts: add fields, never rename or drop one.
 */
package org.caspian.store.json;
