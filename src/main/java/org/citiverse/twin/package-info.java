/**
 * Twin context (FGMV-28): the city's and households' digital twins — identifiable (REQ-DT-01),
 * kept and searched by the twin system (REQ-DT-02..04), access-controlled per twin
 * (REQ-DT-05), contained in one another and located, with their state history.
 */
package org.citiverse.twin;
