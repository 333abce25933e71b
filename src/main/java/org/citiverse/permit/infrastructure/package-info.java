/** The city model in the CitiVerse database (JPA). */
package org.citiverse.permit.infrastructure;
