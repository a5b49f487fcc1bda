/**
 * What the page templates ({@code src/main/jte}) are given: one record per page, the shared {@link
 * org.caspian.server.pages.PageFrame}, and the article reader's marked-up text ({@link
 * org.caspian.server.pages.ArticleMarkup}).
 */
package org.caspian.server.pages;
