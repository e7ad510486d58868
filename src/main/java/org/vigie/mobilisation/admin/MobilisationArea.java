package org.vigie.mobilisation.admin;

/**
 * One part of the mobilisation back-office, listed on its dashboard
 * ({@code /admin/mobilisation}). Each part declares one as a bean.
 *
 * @param label a message key naming it
 * @param path its address in the back-office
 * @param order lower comes first
 */
public record MobilisationArea(String label, String path, int order) {
}
