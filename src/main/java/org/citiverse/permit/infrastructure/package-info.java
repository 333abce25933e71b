/** The city model and the rule sets in the CitiVerse database (JPA), and the KIE DMN engine behind the rule-engine port. */
package org.citiverse.permit.infrastructure;
