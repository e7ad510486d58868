/**
 * A person's own data page, opened from the link in every email of the module: what the
 * module holds about them and the consents they gave with their exact wording, as a page
 * and as downloads, and the button that erases everything.
 */
package org.vigie.mobilisation.privacy;
