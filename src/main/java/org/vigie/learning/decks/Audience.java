package org.vigie.learning.decks;

/** Whom a deck is written for: anyone who travels, or people whose work is in tourism. */
public enum Audience {

	PUBLIC,

	PROFESSIONAL

}
