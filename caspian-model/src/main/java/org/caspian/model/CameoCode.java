package org.caspian.model;

import java.util.Objects;

/**
 * One CAMEO event code with its GDELT Goldstein weight, quad class and PLOVER mapping.
 *
 * @param code "042"
 * @param root two-digit root ("04")
 * @param description short label
 * @param goldstein GDELT Goldstein weight
 * @param quad 1..4
 * @param plover PLOVER category, may be empty
 */
public record CameoCode(
    String code, String root, String description, double goldstein, int quad, String plover) {
  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(description, "description");
    plover = plover == null ? "" : plover;
  }
}
