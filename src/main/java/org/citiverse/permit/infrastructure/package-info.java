/** The KIE DMN engine behind the domain's rule-engine port, rule sets in the database, the demo rule sets. */
package org.citiverse.permit.infrastructure;
