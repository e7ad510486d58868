package org.vigie.content.web;

import java.util.List;

/**
 * One page of a listing of posts.
 *
 * @param cards the posts on this page
 * @param pagination the page numbers
 */
public record Listing(List<PostCard> cards, Pagination pagination) {
}
