/**
 * A deck to take away: printable cards (an A4 PDF, eight cards a page, backs mirrored for
 * double-sided printing) and a file Anki imports, both built on request from the
 * published deck and holding nothing about the person who downloads them.
 */
package org.vigie.learning.print;
