/**
 * The Blue Heart demo campaign with a few confirmed pledges, loaded once.
 */
package org.vigie.mobilisation.campaigns.demo;
