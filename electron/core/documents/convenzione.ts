/**
 * Convenzione di tirocinio between the promoter and the host: the parties, the recitals with the
 * rules, the obligations of each, allowance, insurance, term, privacy and the two signatures.
 * The legal sentences themselves are in legal-wording.ts.
 */
import type { FileChild } from 'docx';
import type { DocumentContext } from '@shared/documents/context';
import { article, centred, dataTable, list, para, recitals, signatures, title, v, type Piece } from './blocks';
import { agreementRef, BLANK, dateOrBlank, hours, orBlank, percent, signingPlace } from './format';
import { PORTRAIT, textWidth } from './layout';
import { actsRecitals, declarationsRecital, EARLY_END, hostRecital, NO_EMPLOYEES_SAFETY, stampDutyLine } from './legal-wording';
import { employeesText, hostRows, legalRep, promoterRows, tutorInline, workplace } from './parties';
import { allowanceSentences, insuranceSentence, lowerFirst } from './texts';

export function convenzioneBody(ctx: DocumentContext): FileChild[] {
  const { promoter, host, internship: f } = ctx;
  const width = textWidth(PORTRAIT);
  const ref = agreementRef(f);
  const threshold = percent(f.finalCertificateAttendance);

  const recitalOfHost: Piece[] = hostRecital(f, host, promoter, employeesText(host));

  return [
    // The agreement's own date when the desk recorded one, otherwise a line: it is dated when signed.
    ...title('Convenzione di tirocinio', `n. ${ref.number} del ${dateOrBlank(ref.date)}`),
    centred(['ai sensi della ', v(f.legalBasis), ' della Regione Piemonte']),
    centred(stampDutyLine(host)),
    para([{ bold: 'TRA' }], { align: 'center', keepNext: true, before: 60 }),
    dataTable(promoterRows(promoter), width, 'Soggetto promotore'),
    para(['di seguito «soggetto promotore», rappresentato da ', v(orBlank(legalRep(promoter.legalRepName, promoter.legalRepRole), 'long')), ';'], { align: 'left', before: 80 }),
    para([{ bold: 'E' }], { align: 'center', keepNext: true, before: 60 }),
    dataTable(hostRows(host), width, 'Soggetto ospitante'),
    para(['di seguito «soggetto ospitante», rappresentato da ', v(orBlank(legalRep(host.legalRepName, host.legalRepRole), 'long')), '.'], { align: 'left', before: 80 }),

    para([{ bold: 'PREMESSO CHE' }], { align: 'center', keepNext: true, before: 160 }),
    ...recitals([
      ...actsRecitals(f),
      ['il soggetto promotore è abilitato a promuovere tirocini ai sensi della normativa sopra richiamata in forza di: ', v(promoter.accreditationRef ? lowerFirst(promoter.accreditationRef) : `accreditamento ai servizi per il lavoro della Regione Piemonte n. ${BLANK.short} del ${BLANK.short}`), ';'],
      recitalOfHost,
      declarationsRecital(host),
      'il tirocinio non costituisce rapporto di lavoro e non può essere utilizzato per sostituire personale dipendente;',
    ]),
    para([{ bold: 'SI CONVIENE E SI STIPULA QUANTO SEGUE' }], { align: 'center', keepNext: true, before: 160 }),
    para('Le premesse costituiscono parte integrante e sostanziale della presente convenzione.'),

    article(1, 'Oggetto'),
    para([
      'Il soggetto ospitante si impegna ad accogliere presso la propria struttura, su proposta del soggetto promotore, un tirocinante per lo svolgimento di un ',
      v(lowerFirst(f.typeLabel)),
      // The act is cited once, in the premesse.
      ' ai sensi della disciplina richiamata in premessa (pratica n. ',
      v(f.number),
      '). Il tirocinio si svolge presso ',
      v(workplace(host)),
      '.',
    ]),
    para([
      'Il tirocinio ha luogo dal ',
      v(dateOrBlank(f.startDate)),
      ' al ',
      v(dateOrBlank(f.plannedEndDate)),
      ', per ',
      v(f.weeklyHours === null ? BLANK.short : hours(f.weeklyHours)),
      ' ore settimanali, secondo l’articolazione oraria indicata nel Progetto formativo individuale.',
    ]),

    article(2, 'Progetto formativo individuale'),
    para(
      'Per il tirocinante è predisposto un Progetto formativo individuale (PFI), sottoscritto dal soggetto promotore, dal soggetto ospitante e dal tirocinante, che costituisce parte integrante della presente convenzione. Il PFI indica i dati del tirocinante, gli obiettivi formativi, le attività e le competenze da acquisire, la sede, il periodo e l’orario di svolgimento, i tutor, l’indennità di partecipazione e le garanzie assicurative.',
    ),

    article(3, 'Obblighi del soggetto promotore'),
    para('Il soggetto promotore si impegna a:', { keepNext: true }),
    ...list([
      'favorire l’avvio del tirocinio, supportando il soggetto ospitante e il tirocinante nella fase di attivazione e nella gestione delle procedure amministrative;',
      ['designare un tutor responsabile dell’organizzazione e del monitoraggio del tirocinio: ', v(orBlank(tutorInline(f.promoterTutor))), ';'],
      'predisporre il Progetto formativo individuale in collaborazione con il soggetto ospitante;',
      'monitorare periodicamente l’andamento del tirocinio, anche con colloqui con il tirocinante e con il tutor del soggetto ospitante;',
      ['rilasciare l’attestazione finale delle attività svolte e delle competenze acquisite, se il tirocinante ha partecipato ad almeno il ', v(threshold), ' delle ore complessivamente previste;'],
      'conservare la documentazione del tirocinio e fornire alla Regione Piemonte i dati richiesti per il monitoraggio.',
    ]),

    article(4, 'Obblighi del soggetto ospitante'),
    para('Il soggetto ospitante si impegna a:', { keepNext: true }),
    ...list([
      'accogliere il tirocinante secondo quanto previsto dal Progetto formativo individuale, assicurando attività coerenti con gli obiettivi formativi;',
      'effettuare la comunicazione obbligatoria di avvio del tirocinio (modello UNILAV) entro il giorno precedente l’inizio, nonché le comunicazioni di proroga e di cessazione anticipata nei termini di legge;',
      ['designare un tutor con competenze ed esperienza adeguate, nel rispetto del numero massimo di tirocinanti per tutor previsto dalla disciplina regionale: ', v(orBlank(tutorInline(f.hostTutor))), ';'],
      'garantire al tirocinante la formazione in materia di salute e sicurezza nei luoghi di lavoro prevista dal D.Lgs. 81/2008 e, ove prevista, la sorveglianza sanitaria;',
      'corrispondere al tirocinante l’indennità di partecipazione indicata all’art. 5, per la parte a proprio carico;',
      'tenere il registro delle presenze, firmato dal tirocinante e dal tutor, e trasmetterlo mensilmente al soggetto promotore;',
      'non utilizzare il tirocinante per sostituire lavoratori assenti o in ferie, né per ricoprire ruoli necessari all’organizzazione;',
      'comunicare tempestivamente al soggetto promotore ogni evento rilevante, come assenze prolungate, infortuni, sospensioni o interruzione del tirocinio.',
    ]),
    ...(host.employees === 0 ? [para(NO_EMPLOYEES_SAFETY, { before: 100 })] : []),

    article(5, 'Indennità di partecipazione'),
    ...allowanceSentences(f).map((p) => para(p)),

    article(6, 'Garanzie assicurative'),
    para(insuranceSentence(f)),
    para('La copertura comprende anche le attività svolte dal tirocinante fuori dalla sede, purché previste dal Progetto formativo individuale. In caso di infortunio durante il tirocinio il soggetto ospitante si impegna a segnalare l’evento al soggetto promotore e, entro i termini previsti dalla normativa, all’INAIL e alla compagnia assicuratrice, indicando la posizione INAIL e la polizza sopra richiamate.'),

    article(7, 'Durata, sospensione e recesso'),
    para('La presente convenzione decorre dalla data di sottoscrizione e resta in vigore fino alla conclusione del tirocinio di cui all’art. 1, comprese le eventuali proroghe, e comunque fino al compimento degli adempimenti conseguenti.'),
    para('Il tirocinio può essere sospeso per maternità, malattia o infortunio di durata pari o superiore a 30 giorni, o per chiusura del soggetto ospitante di almeno 15 giorni di calendario; il periodo di sospensione non concorre al computo della durata massima. Le proroghe sono ammesse entro la durata massima prevista per la tipologia di tirocinio.'),
    para(EARLY_END),

    article(8, 'Trattamento dei dati personali'),
    para('Le parti trattano i dati personali del tirocinante e dei propri referenti nel rispetto del Regolamento (UE) 2016/679 e del D.Lgs. 196/2003, ciascuna in qualità di titolare autonomo, per le sole finalità connesse alla presente convenzione e agli obblighi di legge che ne derivano. Si impegnano a trattare i soli dati necessari, ad adottare misure di sicurezza adeguate e a non comunicarli a terzi se non per adempiere obblighi di legge.'),
    para('Il soggetto promotore ha fornito al tirocinante l’informativa di cui agli artt. 13 e 14 del Regolamento. I dati relativi alla salute e le altre categorie particolari di dati sono trattati solo se indispensabili, alle condizioni dell’art. 9 del Regolamento.'),

    article(9, 'Norme di rinvio'),
    para('Per quanto non previsto dalla presente convenzione si rinvia alla normativa nazionale e regionale richiamata in premessa.', { keepNext: true }),
    para('Letto, confermato e sottoscritto.', { keepNext: true }),
    ...signatures(signingPlace(promoter), [
      { role: 'Per il soggetto promotore', organisation: promoter.name, name: legalRep(promoter.legalRepName, promoter.legalRepRole), hint: '(timbro e firma)' },
      { role: 'Per il soggetto ospitante', organisation: host.name, name: legalRep(host.legalRepName, host.legalRepRole), hint: '(timbro e firma)' },
    ], width),
  ];
}
