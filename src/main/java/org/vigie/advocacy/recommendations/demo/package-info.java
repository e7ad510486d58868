/**
 * The demo recommendations: the morning at the Brussels Francophone Parliament and a few
 * fictitious UN examples, loaded once and flagged as demo.
 */
package org.vigie.advocacy.recommendations.demo;
