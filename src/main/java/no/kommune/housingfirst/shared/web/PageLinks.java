package no.kommune.housingfirst.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to another page of the list being shown: the address of the current request with
 * every query parameter kept as it came and only {@code page} replaced, so a filtered or
 * sorted list stays filtered and sorted. Read in templates as {@code ${@pageLinks.to(n)}}
 * (see {@code fragments/pagination.html}).
 */
@Component("pageLinks")
public class PageLinks {

	/** Path and query only: no scheme or host, which a proxy may have rewritten. */
	public String to(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.scheme(null)
			.host(null)
			.port(null)
			.replaceQueryParam("page", page)
			.build()
			.toUriString();
	}

}
