/**
 * Workshop requests: schools, centres for unaccompanied minors and youth services ask for
 * a prevention workshop, staff move each request from new to evaluated and record whom it
 * reached, the organisation answers a short evaluation, and the reach is published.
 */
package org.vigie.mobilisation.workshops;
