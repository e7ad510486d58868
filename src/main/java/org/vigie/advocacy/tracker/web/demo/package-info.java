/**
 * Demo links of the tracker's public side: the demo directive's news posts.
 */
package org.vigie.advocacy.tracker.web.demo;
