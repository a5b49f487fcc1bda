/**
 * Token authentication for the HTTP server: hashed tokens in a file ({@link
 * org.caspian.server.auth.TokenStore}), reader and admin roles ({@link
 * org.caspian.server.auth.TokenRole}) and the check every request passes ({@link
 * org.caspian.server.auth.AccessGuard}).
 */
package org.caspian.server.auth;
