/**
 * Moving a WordPress site into Vigie: the streaming reader of WordPress exports (WXR).
 */
package org.vigie.content.wordpress;
