/**
 * The demo workshop requests, one in each state, loaded at start-up.
 */
package org.vigie.mobilisation.workshops.demo;
