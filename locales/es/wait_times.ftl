wait-times-title = Tiempos de espera en la frontera
