/**
 * Who can open the reports: analysts a report was not wrapped for (newcomers, and anyone
 * after a password reset) are granted access by an analyst who has it; the last analyst
 * who can open the reports cannot be removed, and one who leaves loses their keys.
 */
package org.vigie.reporting.desk.access;
