/*
 * Material's search worker with search that forgives (loaded in its place by
 * hubdocs-requests.js, with ?material=<file name of Material's worker>).
 *
 * - Accents: every word is indexed and looked up without its accents, after the language's
 *   stemmer ("déconnecter" and "deconnecter" are the same word).
 * - Stop words: left out of queries as they are left out of the index ("de" in "mot de
 *   passe" matched every word that starts with "de").
 * - Inflected forms: Material adds a trailing wildcard to every word of a query, and lunr does
 *   not stem a word with a wildcard, so "connexions*" never met the indexed stem "connexion".
 *   Here every word of a query goes through the language's search pipeline (stop words,
 *   stemmer, accents) when the query is parsed, and keeps its wildcard.
 */
"use strict";
(function () {
  var material = new URLSearchParams(self.location.search).get("material") || "";
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(material)) {
    throw new Error("hubdocs search worker: unexpected Material worker " + material);
  }
  importScripts(material);
  var lunr = self.lunr;
  var queryPipeline = null; // the search pipeline of the index being built (one per worker)

  function fold(token) {
    return token.update(function (text) {
      return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    });
  }
  lunr.Pipeline.registerFunction(fold, "hubdocsFoldAccents");

  // Documents are added while the index is configured: the step joins both pipelines before
  // the first document, after the language's own steps.
  var add = lunr.Builder.prototype.add;
  lunr.Builder.prototype.add = function () {
    if (!this.__hubdocsFolding) {
      // the language's stop words are left out of the index; a query leaves them out too
      var search = this.searchPipeline;
      this.pipeline._stack.forEach(function (step) {
        if (/^stopWordFilter/.test(step.label || "") && search._stack.indexOf(step) < 0) {
          search._stack.unshift(step);
        }
      });
      this.pipeline.add(fold);
      this.searchPipeline.add(fold);
      this.__hubdocsFolding = true;
      queryPipeline = search;
    }
    return add.apply(this, arguments);
  };

  // Every query is parsed here: the index's own search and Material's analysis of which words
  // were found (else "connexions" would be listed as not found beside its stem's matches).
  var parse = lunr.QueryParser.prototype.parse;
  lunr.QueryParser.prototype.parse = function () {
    var query = parse.apply(this, arguments);
    if (!queryPipeline) return query;
    var words = query.clauses.filter(function (clause) {
      var match = /^([^*]+)(\*?)$/.exec(clause.term);
      if (!match) return true;
      var terms = queryPipeline.runString(match[1], { fields: clause.fields });
      if (terms.length === 1 && terms[0]) {
        clause.term = terms[0] + match[2];
        clause.usePipeline = false; // already through it
      }
      return terms.length > 0; // a stop word ("de", "the") finds everything: left out
    });
    if (words.length) query.clauses = words;
    return query;
  };
})();
