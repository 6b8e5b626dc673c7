package it.anci.welfare.catalogue;

import java.util.List;

import it.anci.welfare.territory.Comune;

/** The comune page: the comune and the practices it leads. */
public record ComuneOverview(Comune comune, List<PracticeSummary> practices, String provinceUrl, String sizeUrl) {

}
