/**
 * The same event, told by each side: events grouped into stories (same pair of countries, same
 * CAMEO root, dates within a small window), with each outlet's distinguishing words in that story
 * side by side. Entry point: {@link org.caspian.query.story.StoryService}.
 */
package org.caspian.query.story;
