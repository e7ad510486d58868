/**
 * The directory of national reporting points: for the country of an incident and the
 * reporter's country of residence, which emergency numbers and national mechanisms to
 * offer next to this line. It is read once at start from a versioned data file whose
 * every fact carries its source and the date staff last checked it.
 */
package org.vigie.reporting.directory;
