/**
 * Plans kept in French and Spanish (a commune's climate-plan export, a municipality's development plan):
 * the header and status words that say the same as ours. Written without accents, as headers and statuses
 * are read with theirs folded ("Date de début" is read as "date de debut"). Only words a plan's own
 * columns use; a word that could also be narrative stays out.
 */
import type { ActionField, KpiField } from "./headerWords";
import type { Status } from "./statusWords";

export const OTHER_ACTION_HEADER_WORDS: Partial<Record<ActionField, string[]>> = {
  id: ["numero", "codigo", "cod", "cod actividad", "codigo actividad", "codigo de la actividad"],
  title: [
    // French ("Action" is ours already)
    "intitule",
    "intitule de l action",
    "titre",
    "titre de l action",
    "titre de la fiche action",
    "fiche action",
    "libelle",
    // Spanish
    "accion",
    "acciones",
    "actividad",
    "actividades",
    "nombre actividad",
    "nombre de la actividad",
  ],
  officer: [
    "personne pilote",
    "pilote",
    "responsable",
    "responsables",
    "porteur",
    "referent",
    "encargado",
    "centro gestor",
    "dependencia",
    "dependencia responsable",
  ],
  status: ["statut", "etat", "etat d avancement", "estado", "situacion"],
  due: [
    "fecha fin",
    "fecha de terminacion",
    "date de fin",
    "echeance",
    "date d echeance",
    "date limite",
    "fecha de fin",
    "fecha limite",
    "fecha final",
  ],
  startDate: ["date de debut", "fecha de inicio", "fecha inicio"],
  priority: ["priorite", "niveau de priorite", "prioridad"],
  percentComplete: [
    "pourcentage de realisation",
    "taux de realisation",
    "porcentaje de avance",
    // "% Avance Proyecto", "% de Avance": the % sign is read as "percent".
    "percent avance",
    "percent de avance",
  ],
  progress: ["commentaires", "commentaire", "observations", "observaciones", "comentarios"],
};

export const OTHER_KPI_HEADER_WORDS: Partial<Record<KpiField, string[]>> = {
  indicator: [
    "indicateur",
    "indicateurs",
    "indicador",
    "indicadores",
    // A Colombian development plan's goal statements ("Meta de producto") name the rows, as an indicator.
    "meta de producto",
    "meta de resultado",
  ],
  target: [
    "cible",
    "valeur cible",
    "objectif chiffre",
    "valor esperado",
    "valor meta",
    "meta",
    "meta cuatrenio",
    "meta cuatrienio",
    "meta anual",
    "programado",
    "cantidad programada",
  ],
  owner: ["responsable", "pilote", "personne pilote"],
  // "Tendencia: Incremento / Reducción": which way the indicator is meant to go.
  polarity: ["tendencia", "tendencia indicador", "sens d evolution"],
  comment: ["commentaires", "commentaire", "observaciones"],
};

/** Statuses as French and Spanish plans write them. */
export const OTHER_STATUS_WORDS: Record<string, Status> = {
  fait: "Complete",
  "pas fait": "Not Started",
  realise: "Complete",
  realisee: "Complete",
  termine: "Complete",
  terminee: "Complete",
  acheve: "Complete",
  "en cours": "In Progress",
  "a venir": "Not Started",
  "non demarre": "Not Started",
  "non commence": "Not Started",
  "en retard": "Behind Target",
  "en pause": "On Hold",
  suspendu: "On Hold",
  bloque: "Off Target",
  "a discuter": "Not Started",
  completado: "Complete",
  cumplido: "Complete",
  terminado: "Complete",
  "en progreso": "In Progress",
  "en proceso": "In Progress",
  "en ejecucion": "In Progress",
  "no iniciado": "Not Started",
  "sin iniciar": "Not Started",
  retrasado: "Behind Target",
};
