package org.caspian.query.network;

/**
 * One actor in the network.
 *
 * @param id the actor code ("RUSGOV")
 * @param label how the texts name it most often
 * @param country its ISO alpha-3 country, may be empty
 * @param events how many events it takes part in, as source or target
 */
public record NetworkNode(String id, String label, String country, int events) {}
